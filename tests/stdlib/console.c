/* The console is the only stream (VM only, expected output in console.out): what goes to
 * stderr (fprintf, fputs, perror) appears with stdout, in order; a failed assertion prints its
 * message and stops with status 134. */
#include <assert.h>
#include <errno.h>
#include <stdio.h>

int main(void)
{
    printf("to stdout\n");
    fprintf(stderr, "to stderr %d\n", 2);
    fputs("fputs to stderr\n", stderr);
    errno = ERANGE;
    perror("perror");
    errno = 0;
    perror(NULL);
    printf("getchar %d, fgetc %d\n", getchar(), fgetc(stdin));
    printf("output to stdin: %d %d\n", fputs("x", stdin), fprintf(stdin, "y"));
    int x = 41;
    assert(x == 41);
    assert(x + 1 == 43);
    printf("not reached\n");
    return 0;
}
