int main(void)
{
    const int ci = 1;
    typeof(ci) x = 2;
    x = 3;
    return x;
}
