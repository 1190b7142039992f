#include <stdio.h>
int main(void) {
    int i;
    for (i = 0; i < 5; i++);
    ;;
    { }
    { ; }
    if (i) ; else ;
    while (0);
    printf("%d\n", i);
    return 0;
}
