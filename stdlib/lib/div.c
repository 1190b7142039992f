/* div, ldiv, lldiv: C's division truncates toward zero, so these are the operators. */
#include <stdlib.h>

div_t div(int a, int b)
{
    div_t r = { a / b, a % b };
    return r;
}

ldiv_t ldiv(long a, long b)
{
    ldiv_t r = { a / b, a % b };
    return r;
}

lldiv_t lldiv(long long a, long long b)
{
    lldiv_t r = { a / b, a % b };
    return r;
}
