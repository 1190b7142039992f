#include <stdio.h>
struct vec { long long x, y, z; };
static struct vec add(struct vec a, struct vec b) { struct vec r = { a.x + b.x, a.y + b.y, a.z + b.z }; return r; }
static struct vec sum_to(int n) {
    if (n == 0) return (struct vec){ 0, 0, 0 };
    struct vec v = { n, n * 2, (long long)n * n * 1000000000 };
    return add(v, sum_to(n - 1));
}
int main(void) {
    struct vec v = sum_to(10);
    printf("%lld %lld %lld\n", v.x, v.y, v.z);
    return 0;
}
