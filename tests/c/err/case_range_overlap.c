int f(int v)
{
    switch (v) {
    case 1 ... 10: return 1;
    case 8: return 2;
    }
    return 0;
}
int main(void) { return f(3) - 1; }
