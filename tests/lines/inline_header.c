/* An out-of-bounds load inside a header function: the line table names the header (another
 * file than the function's own), inlined or not. */
#include "inline_header.h"

const int *table_ptr = (const int *)0x7ffffff0;   /* not static: outside guest memory */

int main(void)
{
    int s = 0;
    for (int i = 0; i < 3; i++)
        s += i;
    s += load_at(table_ptr, s);
    return s & 0x7f;
}
