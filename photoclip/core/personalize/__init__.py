"""Personalisation: train a model's projection heads on the user's captions, keep them as profiles, serve through them."""
