"""Small illustrations drawn for the demo content: circles of people in the site's colours."""

import io
import math
import random

from PIL import Image, ImageDraw

PALETTE = ["#0b5d4b", "#1f8a70", "#f2a541", "#e4572e", "#3c6e71", "#ffd166"]
BACKGROUND = "#f3f6f4"


def draw_illustration(key, size=(1200, 750)):
    """A PNG (bytes) of figures gathered in a circle, different but stable for each key."""
    rng = random.Random(key)  # noqa: S311 - a drawing, not a secret
    width, height = size
    image = Image.new("RGB", size, BACKGROUND)
    draw = ImageDraw.Draw(image)
    centre_x, centre_y = width / 2, height / 2
    radius = min(width, height) * 0.32
    people = rng.randint(5, 9)
    draw.ellipse(
        [
            centre_x - radius * 0.55,
            centre_y - radius * 0.55,
            centre_x + radius * 0.55,
            centre_y + radius * 0.55,
        ],
        fill=rng.choice(PALETTE[2:]),
    )
    for index in range(people):
        angle = 2 * math.pi * index / people + rng.random() * 0.2
        x = centre_x + radius * math.cos(angle)
        y = centre_y + radius * math.sin(angle)
        colour = PALETTE[index % len(PALETTE)]
        head = 34
        draw.ellipse([x - head, y - head - 60, x + head, y + head - 60], fill=colour)
        draw.rounded_rectangle([x - 55, y - 15, x + 55, y + 90], radius=40, fill=colour)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()
