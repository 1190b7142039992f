/* the C prototype of __builtin_memcpy is checked */
int main(void)
{
    char b[4];
    __builtin_memcpy(b, 42, 4);
    return 0;
}
