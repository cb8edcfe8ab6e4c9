"""The offline rule-based extractor (`regex`): the language of trade reporting, no model, no network."""
