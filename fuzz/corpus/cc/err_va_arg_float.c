float first(int n, ...)
{
    __builtin_va_list ap;
    __builtin_va_start(ap, n);
    float f = __builtin_va_arg(ap, float);
    __builtin_va_end(ap);
    return f;
}
int main(void) { return (int)first(1, 2.0f); }
