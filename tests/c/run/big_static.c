/* More than 64 KiB of static data: the small data model (liu, 16-bit addresses) cannot reach
 * it, so cockpit build compiles this file with --large-data by itself (the stdlib objects are
 * always built that way); the scalars after the arrays and printf's own data must work. */
#include <stdio.h>
#include <string.h>

static unsigned char table[40000];
unsigned short big[20000];
static const char tag[] = "after the arrays";
static int counter = 7;

int main(void) {
    for (int i = 0; i < (int)sizeof table; i++) table[i] = (unsigned char)(i * 7 + 1);
    for (int i = 0; i < 20000; i++) big[i] = (unsigned short)(i ^ 0x5a5a);
    unsigned sum = 0;
    for (int i = 0; i < (int)sizeof table; i++) sum += table[i];
    for (int i = 0; i < 20000; i++) sum = sum * 31u + big[i];
    counter += (int)strlen(tag);
    printf("%u %s %d %u\n", sum, tag, counter, (unsigned)(sizeof table + sizeof big));
    return 0;
}
