#include <stdio.h>
#include <stdlib.h>
static void fail(int code) { printf("failing with %d\n", code); exit(code); }
int main(void) { fail(7); printf("not reached\n"); return 0; }
