/* A division by zero in a function that is not inlined, reached after some work: the fault must
 * name this file and the line of the division, at every optimisation level. */
int divisors[5] = {7, 3, 5, 0, 9};   /* not static: the optimiser cannot fold the 0 */

__attribute__((noinline)) static int scale(int total, int d)
{
    int q = total * 3;
    q = q / d;                       /* FAULT */
    return q + 1;
}

int main(void)
{
    int total = 1000;
    for (int i = 0; i < 5; i++)
        total += scale(total, divisors[i]);
    return total & 0x7f;
}
