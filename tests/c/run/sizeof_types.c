#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
int main(void) {
    printf("%d %d %d %d\n", (int)sizeof(int8_t), (int)sizeof(int16_t), (int)sizeof(int32_t), (int)sizeof(int64_t));
    printf("%d %d %d\n", (int)sizeof(uint8_t[7]), (int)_Alignof(int16_t), (int)_Alignof(double));
    struct s { char c; } x[5];
    printf("%d %d\n", (int)sizeof x, (int)sizeof(struct s));
    printf("%d\n", (int)sizeof(int (*)[10]) == (int)sizeof(void *));
    return 0;
}
