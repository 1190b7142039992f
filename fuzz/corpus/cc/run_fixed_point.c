#include <stdio.h>
#include <stdint.h>
typedef int32_t q16;
#define Q(x) ((q16)((x) * 65536))
static q16 qmul(q16 a, q16 b) { return (q16)(((int64_t)a * b) >> 16); }
static q16 qdiv(q16 a, q16 b) { return (q16)(((int64_t)a << 16) / b); }
int main(void) {
    q16 a = Q(1.5), b = Q(-2.25);
    printf("%d %d\n", qmul(a, b), qdiv(a, b));
    printf("%d\n", qmul(Q(3), Q(0.5)) >> 16);
    return 0;
}
