"""Widget views for the notebooks and Voilà apps. Logic lives in the analysis modules."""
