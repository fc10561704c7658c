"""Copy that makes a restaurant site a bakery, a café or a pizzeria."""

TOPICS: dict[str, dict[str, dict]] = {
    "bakery": {
        "hero": {
            "eyebrow": "Artisan bakery · Baked fresh every morning",
            "headline": "Fresh bread, baked before sunrise",
            "tagline": "{name} bakes slow-fermented sourdough, flaky pastries and celebration cakes by "
            "hand, every single day.",
            "cta": ("See what's baking", "menu"),
            "cta2": ("Order a cake", "contact"),
            "art": "bread",
        },
        "about": {
            "title": "Baked by hand, since 2012",
            "paragraphs": [
                "{name} began in a home kitchen with a jar of sourdough starter and a lot of early mornings. "
                "Today our ovens are bigger, but the recipes and the patience are the same.",
                "We use organic flour from a local mill, real butter and no shortcuts. Our doughs rest for "
                "up to 36 hours, which is where all that flavour comes from.",
            ],
            "points": ["Organic, locally milled flour", "Slow-fermented sourdough", "Custom cakes to order"],
        },
        "menu": {
            "title": "From our ovens",
            "intro": "Baked fresh every morning. Come early: the croissants never last past noon.",
            "categories": [
                (
                    "Breads",
                    [
                        ("Country sourdough", "36-hour ferment, crackling crust", "$8"),
                        ("Seeded rye", "Sunflower, pumpkin and flax", "$7"),
                        ("Olive & rosemary focaccia", "Sea salt, good olive oil", "$6"),
                    ],
                ),
                (
                    "Pastries",
                    [
                        ("Butter croissant", "Laminated over three days", "$4"),
                        ("Pain au chocolat", "Two bars of dark chocolate", "$4.50"),
                        ("Cardamom bun", "Swedish-style, pearl sugar", "$4.50"),
                    ],
                ),
                (
                    "Cakes & sweets",
                    [
                        ("Lemon drizzle slice", "Zesty, sticky, moist", "$5"),
                        ("Celebration cake", "Made to order, serves 12", "from $45"),
                    ],
                ),
            ],
        },
        "gallery": {
            "title": "Fresh from the oven",
            "intro": "A morning at the bakery, one loaf at a time.",
            "items": [
                "Sourdough loaves",
                "Morning croissants",
                "The counter",
                "Shaping the dough",
                "Celebration cakes",
                "Coffee & a bun",
            ],
        },
        "testimonials": {
            "title": "Kind words",
            "items": [
                (
                    "The best sourdough in town, full stop. I plan my Saturday around it.",
                    "Claire B.",
                    "Saturday regular",
                ),
                (
                    "{name} made our wedding cake and it was the talk of the day. Gorgeous and delicious.",
                    "Amir & Lou",
                    "Wedding cake, June",
                ),
                (
                    "Those cardamom buns should be illegal. Friendly staff, and the coffee is great too.",
                    "Tom H.",
                    "Local resident",
                ),
            ],
        },
        "visit": {
            "title": "Come say hello",
            "intro": "Our shop is on the high street, next to the flower market.",
            "address": ["18 Mill Lane", "{city_line}"],
            "hours": [
                ("Tuesday to Friday", "7:00 to 16:00"),
                ("Saturday", "7:00 to 15:00"),
                ("Sunday", "8:00 to 13:00"),
                ("Monday", "Closed, we're resting"),
            ],
            "note": "Pre-order bread by 6pm the day before and we will keep it for you.",
        },
        "contact": {
            "title": "Order a cake",
            "nav": "Order",
            "intro": "Tell us about your celebration: the date, how many people and any flavours you love.",
            "message": "Date, number of guests, flavours and any allergies",
            "button": "Send my order",
            "success": "Thank you! We will be in touch within a day to talk cakes.",
        },
        "cta": {
            "title": "Fresh bread, every morning",
            "text": "Reserve your loaf before it sells out.",
            "button": ("Pre-order now", "contact"),
        },
        "footer": {"tagline": "Baked with love, one loaf at a time."},
    },
    "cafe": {
        "hero": {
            "eyebrow": "Speciality coffee · Homemade food",
            "headline": "Your new favourite corner for coffee",
            "tagline": "At {name} we roast small batches, bake in-house and keep the good seats by the "
            "window for you.",
            "cta": ("See the menu", "menu"),
            "cta2": ("Find us", "visit"),
            "art": "cup",
        },
        "about": {
            "title": "Good coffee, good people",
            "paragraphs": [
                "{name} is a small, independent café run by two friends who fell in love with coffee while "
                "travelling. We opened our doors in 2018 and have been pouring ever since.",
                "Our beans come from farms we know by name, roasted each week in small batches. The cakes "
                "are baked here every morning.",
            ],
            "points": [
                "Ethically sourced beans",
                "Oat, soy and almond milk at no extra cost",
                "Free Wi-Fi and plenty of sockets",
            ],
        },
        "menu": {
            "title": "Menu",
            "intro": "Made to order, all day. Ask about our guest coffee of the week.",
            "categories": [
                (
                    "Coffee",
                    [
                        ("Espresso", "Our house blend, chocolate and cherry notes", "$3"),
                        ("Flat white", "Double shot, silky milk", "$4.20"),
                        ("Pour-over", "Single origin, rotating weekly", "$5"),
                    ],
                ),
                (
                    "Not coffee",
                    [
                        ("Chai latte", "Spiced, house-made syrup", "$4.50"),
                        ("Loose-leaf tea", "Ask for today's selection", "$3.50"),
                    ],
                ),
                (
                    "To eat",
                    [
                        ("Avocado toast", "Sourdough, chilli, lime, seeds", "$10"),
                        ("Banana bread", "Toasted, with salted butter", "$4"),
                        ("Granola bowl", "Yoghurt, berries, honey", "$8"),
                    ],
                ),
            ],
        },
        "gallery": {
            "title": "Around the café",
            "items": [
                "Morning light",
                "Latte art",
                "The roaster",
                "Window seats",
                "Fresh bakes",
                "Beans to go",
            ],
        },
        "visit": {
            "hours": [("Monday to Friday", "7:00 to 17:00"), ("Saturday & Sunday", "8:00 to 16:00")],
            "note": "Laptop-friendly until noon on weekdays.",
        },
        "contact": {
            "title": "Say hello",
            "nav": "Contact",
            "intro": "Questions about events, wholesale beans or catering? Drop us a line.",
            "message": "Your message",
            "button": "Send message",
            "success": "Thanks! We will get back to you soon, probably over coffee.",
        },
        "footer": {"tagline": "Small batches, big welcomes."},
    },
    "pizza": {
        "hero": {
            "eyebrow": "Wood-fired pizza · Naples style",
            "headline": "Blistered crusts, fired in 90 seconds",
            "tagline": "{name} makes Neapolitan pizza the slow way: 48-hour dough, San Marzano tomatoes "
            "and a 450 °C wood-fired oven.",
            "cta": ("See the menu", "menu"),
            "cta2": ("Book a table", "contact"),
            "art": "pizza",
        },
        "menu": {
            "title": "Pizza & more",
            "intro": "All pizzas are 12 inches. Gluten-free base available on request.",
            "categories": [
                (
                    "Red pizzas",
                    [
                        ("Margherita", "San Marzano tomato, fior di latte, basil", "$14"),
                        ("Diavola", "Spicy salami, chilli honey, mozzarella", "$17"),
                        ("Marinara", "Tomato, garlic, oregano, olive oil", "$11"),
                    ],
                ),
                (
                    "White pizzas",
                    [
                        ("Funghi bianca", "Wild mushrooms, fontina, thyme", "$16"),
                        ("Quattro formaggi", "Gorgonzola, parmesan, pecorino, mozzarella", "$17"),
                    ],
                ),
                (
                    "Sides & sweets",
                    [
                        ("Garlic knots", "Parsley butter, parmesan", "$6"),
                        ("Tiramisu", "Made in-house every morning", "$8"),
                    ],
                ),
            ],
        },
        "about": {
            "title": "Fire, flour and patience",
            "paragraphs": [
                "{name} was born from a summer in Naples and an obsession with the perfect crust. We built "
                "our oven brick by brick and we feed it oak every night.",
                "Our dough rests for 48 hours before it meets the fire. It is lighter, tastier and easier to "
                "digest, and you can taste the difference.",
            ],
            "points": ["48-hour fermented dough", "Imported Italian tomatoes", "Vegan cheese available"],
        },
        "footer": {"tagline": "Fired with love since 2015."},
    },
}
