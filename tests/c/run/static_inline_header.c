#include <stdio.h>
#include "static_inline_header.h"
int main(void) {
    printf("%d %d %d\n", clamp(-5, 0, 10), clamp(50, 0, 10), clamp(7, 0, 10));
    printf("%u\n", bswap32(0x11223344u));
    return 0;
}
