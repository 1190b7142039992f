int main(void)
{
    int x = 0, y = 1;
    while ((x = y)) y = 0;
    if (x = y) return 1;
    return 0;
}
