int f(int n)
{
    __builtin_va_list ap;
    __builtin_va_start(ap, n);
    __builtin_va_end(ap);
    return n;
}
int main(void) { return f(1); }
