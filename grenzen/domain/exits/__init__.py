"""The exit engine: contract terms in, exit scenarios with exact dates and their basis out.

German law (BGB) with dates; Austria and Switzerland as guidance text only. Orientation,
not legal advice: every result carries the disclaimer and the basis of each date.
"""
