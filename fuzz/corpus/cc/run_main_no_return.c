#include <stdio.h>
int main(void) {
    printf("falls off the end\n");
}
