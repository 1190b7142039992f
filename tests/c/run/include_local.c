#include <stdio.h>
#include "include_local.h"
#include "include_local.h"
int main(void) {
    printf("%d %d\n", helper_value(), HELPER_CONST);
    return 0;
}
