#include <stdio.h>
#include "pragma_once.h"
#include "pragma_once.h"
int main(void) { printf("%d\n", once_value); return 0; }
