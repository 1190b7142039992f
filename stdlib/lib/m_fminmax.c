/* fmin, fmax (a NaN operand is ignored; of equal operands, +0 and -0 too, the second is
 * returned, as glibc does), fdim. */
#include "m_internal.h"

double fmax(double x, double y)
{
    if (x != x) return y;
    if (y != y) return x;
    return x > y ? x : y;
}

double fmin(double x, double y)
{
    if (x != x) return y;
    if (y != y) return x;
    return x < y ? x : y;
}

double fdim(double x, double y)
{
    if (x != x || y != y) return x + y;
    return x > y ? x - y : 0.0;
}

float fmaxf(float x, float y)
{
    if (x != x) return y;
    if (y != y) return x;
    return x > y ? x : y;
}

float fminf(float x, float y)
{
    if (x != x) return y;
    if (y != y) return x;
    return x < y ? x : y;
}

float fdimf(float x, float y)
{
    if (x != x || y != y) return x + y;
    return x > y ? x - y : 0.0f;
}
