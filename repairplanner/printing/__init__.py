"""Printed and exported documents: one builder per document, one module that owns QPrinter and PDF files."""
