int f(int a, int b);
int main(void) {
    return f(1);
}
