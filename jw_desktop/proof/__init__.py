"""Verifiable credentials: an issued credential signed by the school (Open Badges 3.0 as a
VC-JWT, and a compact signed form for the QR code), and the offline check of either."""
