from jw_desktop.app import main

main()
