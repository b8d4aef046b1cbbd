"""Moderated publishing: member approval, then consortium moderation."""
