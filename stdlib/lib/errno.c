#include <errno.h>

static int value;

int *__ck_errno(void)
{
    return &value;
}
