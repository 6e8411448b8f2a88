"""Image preparation, thumbnails and video poster frames (QtGui/QtMultimedia, no widgets)."""
