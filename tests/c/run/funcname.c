#include <stdio.h>
static void who(void) { printf("%s\n", __func__); }
int main(void) { who(); printf("%s %d\n", __func__, (int)sizeof(__func__)); return 0; }
