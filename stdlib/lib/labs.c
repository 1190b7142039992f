#include <stdlib.h>

long labs(long v)
{
    return v < 0 ? -v : v;
}
