int main(void) {
L:
    ;
L:
    return 0;
}
