int main(void) {
    const int c = 1;
    c++;
    return c;
}
