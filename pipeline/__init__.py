"""The pipeline: stages composed (`stages`), checks, generation, the inbox and the CLI."""
