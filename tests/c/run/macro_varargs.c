#include <stdio.h>
#define COUNT(...) COUNT_(__VA_ARGS__, 5, 4, 3, 2, 1)
#define COUNT_(a, b, c, d, e, n, ...) n
#define DBG(fmt, ...) printf("[dbg] " fmt "\n", ##__VA_ARGS__)
#define FIRST(x, ...) x
#define REST(x, ...) __VA_ARGS__
#define CALL(f, ...) f(__VA_ARGS__)
static int add3(int a, int b, int c) { return a + b + c; }
int main(void) {
    printf("%d %d %d\n", COUNT(a), COUNT(a, b, c), COUNT(1, 2, 3, 4, 5));
    DBG("no args");
    DBG("%d args", 1);
    printf("%d %d\n", FIRST(7, 8, 9), CALL(add3, REST(0, 1, 2, 3)));
    return 0;
}
