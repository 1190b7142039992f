int main(void) {
    int x = 0;
    double *p = &x;
    return (int)*p;
}
