"""The LLM backend: openai + instructor against any OpenAI-compatible endpoint, every fact verified."""
