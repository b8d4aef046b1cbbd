from .documents import DocumentType, SearchDocument

__all__ = ["DocumentType", "SearchDocument"]
