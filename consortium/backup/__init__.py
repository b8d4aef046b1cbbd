"""Backup and restore of the whole site: the database and the media files in one archive
(`manage.py backup`, `manage.py restore`; docs/operations.md, "Backup and restore")."""
