int main(void) {
    mytype x = 1;
    return x;
}
