"""Re-renderings of tune-set studies in page layouts their home corpora do not use."""
