"""Readers and extractors: files -> blocks (`readers`) -> records (`extract`).

This layer never imports `pipeline`.
"""
