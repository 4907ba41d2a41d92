// Registers every Plugboard element under its own tag name.
