"""What the site gives machines: calendars, feeds, sitemaps, structured data."""
