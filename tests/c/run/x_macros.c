#include <stdio.h>
#define COLORS(X) X(RED, 0xff0000) X(GREEN, 0x00ff00) X(BLUE, 0x0000ff)
#define AS_ENUM(name, rgb) COLOR_##name,
#define AS_NAME(name, rgb) #name,
#define AS_RGB(name, rgb) rgb,
enum color { COLORS(AS_ENUM) COLOR_COUNT };
static const char *const color_names[] = { COLORS(AS_NAME) };
static const unsigned color_rgb[] = { COLORS(AS_RGB) };
int main(void) {
    for (int i = 0; i < COLOR_COUNT; i++) printf("%d %s %06x\n", i, color_names[i], color_rgb[i]);
    return 0;
}
