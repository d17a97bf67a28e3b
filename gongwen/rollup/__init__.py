"""Cross-document rollups of tasks: word segmentation (segment), themes (themes) and parent-task
alignment (alignment)."""
