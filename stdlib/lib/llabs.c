#include <stdlib.h>

long long llabs(long long v)
{
    return v < 0 ? -v : v;
}
