int f(int n, ...)
{
    int ap = 0;
    __builtin_va_start(ap, n);
    return ap;
}
int main(void) { return f(1, 2); }
