#include <stdio.h>
#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define VERSION 3
#define EMPTY
#define LOG(fmt, ...) printf("log: " fmt "\n", __VA_ARGS__)
#define LOG0(...) printf(__VA_ARGS__)
int main(void) {
    int CAT(var, 1) = 10;
    printf("%d %d\n", SQUARE(var1 + 1), MAX(3, 8));
    printf("%s %s\n", STR(a + b), XSTR(VERSION));
    printf("%d\n", VERSION EMPTY);
    LOG("%d and %s", 5, "five");
    LOG0("plain\n");
    printf("%s\n", STR("quoted" 'c'));
#undef VERSION
#ifdef VERSION
    printf("still defined\n");
#else
    printf("undefined\n");
#endif
    return 0;
}
